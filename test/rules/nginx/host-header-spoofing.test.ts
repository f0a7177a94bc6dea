import rule from '../../../rules/nginx/host-header-spoofing';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/host-header-spoofing';

testRule(rule, cases);
