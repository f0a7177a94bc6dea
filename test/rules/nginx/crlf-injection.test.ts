import rule from '../../../rules/nginx/crlf-injection';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/crlf-injection';

testRule(rule, cases);
