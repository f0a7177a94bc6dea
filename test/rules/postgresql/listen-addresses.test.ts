import rule from '../../../rules/postgresql/listen-addresses';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/listen-addresses';

testRule(rule, cases);
