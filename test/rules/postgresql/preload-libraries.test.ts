import rule from '../../../rules/postgresql/preload-libraries';
import { testRule } from '../../harness/rule-tester';
import cases from './cases/preload-libraries';

testRule(rule, cases);
