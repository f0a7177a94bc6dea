import rule from '../../../rules/nginx/ssl-ciphers';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/ssl-ciphers';

testRule(rule, cases);
