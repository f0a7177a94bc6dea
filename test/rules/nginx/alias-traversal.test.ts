import rule from '../../../rules/nginx/alias-traversal';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/alias-traversal';

testRule(rule, cases);
