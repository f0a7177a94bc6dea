import rule from '../../../rules/redis/dangerous-commands';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/dangerous-commands';

testRule(rule, { valid, invalid });
