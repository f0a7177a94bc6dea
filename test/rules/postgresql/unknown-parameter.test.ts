import rule from '../../../rules/postgresql/unknown-parameter';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/unknown-parameter';

testRule(rule, cases);
