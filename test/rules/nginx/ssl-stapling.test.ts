import rule from '../../../rules/nginx/ssl-stapling';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/ssl-stapling';

testRule(rule, cases);
