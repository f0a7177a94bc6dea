import rule from '../../../rules/nginx/redirect-http-to-https';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/redirect-http-to-https';

testRule(rule, cases);
