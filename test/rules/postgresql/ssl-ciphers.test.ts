import rule from '../../../rules/postgresql/ssl-ciphers';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/ssl-ciphers';

testRule(rule, cases);
