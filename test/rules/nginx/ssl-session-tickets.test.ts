import rule from '../../../rules/nginx/ssl-session-tickets';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/ssl-session-tickets';

testRule(rule, cases);
