import rule from '../../../rules/postgresql/point-in-time-recovery';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/point-in-time-recovery';

testRule(rule, cases);
