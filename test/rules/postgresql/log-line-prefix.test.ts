import rule from '../../../rules/postgresql/log-line-prefix';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/log-line-prefix';

testRule(rule, cases);
