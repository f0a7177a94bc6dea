import rule from '../../../rules/postgresql/log-statement';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/log-statement';

testRule(rule, cases);
