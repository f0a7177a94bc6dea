import rule from '../../../rules/postgresql/connection-logging';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/connection-logging';

testRule(rule, cases);
