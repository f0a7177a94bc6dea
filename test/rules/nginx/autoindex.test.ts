import rule from '../../../rules/nginx/autoindex';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/autoindex';

testRule(rule, cases);
