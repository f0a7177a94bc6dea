import rule from '../../../rules/postgresql/ssl-min-protocol-version';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/ssl-min-protocol-version';

testRule(rule, cases);
