import rule from '../../../rules/nginx/error-page';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/error-page';

testRule(rule, cases);
