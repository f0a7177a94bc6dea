import rule from '../../../rules/redis/no-bind-all-interfaces';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/no-bind-all-interfaces';

testRule(rule, { valid, invalid });
