import rule from '../../../rules/nginx/rate-limiting';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/rate-limiting';

testRule(rule, cases);
