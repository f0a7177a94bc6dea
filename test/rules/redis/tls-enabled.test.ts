import rule from '../../../rules/redis/tls-enabled';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/tls-enabled';

testRule(rule, { valid, invalid });
