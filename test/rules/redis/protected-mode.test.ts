import rule from '../../../rules/redis/protected-mode';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/protected-mode';

testRule(rule, { valid, invalid });
