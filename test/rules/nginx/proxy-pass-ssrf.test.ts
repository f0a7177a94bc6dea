import rule from '../../../rules/nginx/proxy-pass-ssrf';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/proxy-pass-ssrf';

testRule(rule, cases);
