import rule from '../../../rules/nginx/timeouts';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/timeouts';

testRule(rule, cases);
