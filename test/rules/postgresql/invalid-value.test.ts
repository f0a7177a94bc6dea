import rule from '../../../rules/postgresql/invalid-value';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/invalid-value';

testRule(rule, cases);
