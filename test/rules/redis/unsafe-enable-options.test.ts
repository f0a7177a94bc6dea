import rule from '../../../rules/redis/unsafe-enable-options';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/unsafe-enable-options';

testRule(rule, { valid, invalid });
