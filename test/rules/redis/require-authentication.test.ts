import rule from '../../../rules/redis/require-authentication';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/require-authentication';

testRule(rule, { valid, invalid });
