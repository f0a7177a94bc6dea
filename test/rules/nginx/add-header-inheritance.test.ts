import rule from '../../../rules/nginx/add-header-inheritance';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/add-header-inheritance';

testRule(rule, cases);
