import rule from '../../../rules/nginx/ssl-protocols';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/ssl-protocols';

testRule(rule, cases);
