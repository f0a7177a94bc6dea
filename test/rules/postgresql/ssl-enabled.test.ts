import rule from '../../../rules/postgresql/ssl-enabled';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/ssl-enabled';

testRule(rule, cases);
