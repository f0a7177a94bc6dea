import rule from '../../../rules/nginx/security-headers';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/security-headers';

testRule(rule, cases);
