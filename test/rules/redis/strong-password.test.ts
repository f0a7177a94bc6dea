import rule from '../../../rules/redis/strong-password';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/strong-password';

testRule(rule, { valid, invalid });
