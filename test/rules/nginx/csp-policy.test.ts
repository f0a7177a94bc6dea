import rule from '../../../rules/nginx/csp-policy';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/csp-policy';

testRule(rule, cases);
