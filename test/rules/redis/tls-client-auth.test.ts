import rule from '../../../rules/redis/tls-client-auth';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/tls-client-auth';

testRule(rule, { valid, invalid });
