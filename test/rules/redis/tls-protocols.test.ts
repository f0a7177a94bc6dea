import rule from '../../../rules/redis/tls-protocols';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/tls-protocols';

testRule(rule, { valid, invalid });
