import rule from '../../../rules/nginx/hsts';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/hsts';

testRule(rule, cases);
