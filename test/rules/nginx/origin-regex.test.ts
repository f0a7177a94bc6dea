import rule from '../../../rules/nginx/origin-regex';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/origin-regex';

testRule(rule, cases);
