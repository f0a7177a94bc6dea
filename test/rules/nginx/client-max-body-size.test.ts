import rule from '../../../rules/nginx/client-max-body-size';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/client-max-body-size';

testRule(rule, cases);
