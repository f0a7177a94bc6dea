import rule from '../../../rules/nginx/method-restrictions';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/method-restrictions';

testRule(rule, cases);
