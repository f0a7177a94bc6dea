import rule from '../../../rules/postgresql/password-encryption';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/password-encryption';

testRule(rule, cases);
