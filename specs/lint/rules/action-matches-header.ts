// Rule: every path is one RPC action, named the same in the path, x-tc-action, operationId and the headers.
import { objectAt, stringAt } from '../../model/json.ts';
import type { JsonObject, OperationModel } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-rule.ts';

/** `/#X-TC-Action=<Action>` with one post operation whose x-tc-action, operationId and header consts agree. */
export const actionMatchesHeader: LintRule = {
  id: 'action-matches-header',
  says: 'Each path is /#X-TC-Action=<Action> with one post operation; x-tc-action, operationId and the X-TC-Action/X-TC-Version header consts agree.',
  check: (model) =>
    model.products.flatMap((product) =>
      product.operations.flatMap((op) => {
        const problems: string[] = [];
        const action = stringAt(op.op, 'x-tc-action');
        if (op.methods.length !== 1 || op.methods[0] !== 'post') problems.push(`has methods [${op.methods.join(', ')}], not exactly one post`);
        if (action === undefined) problems.push('has no x-tc-action');
        else {
          if (op.path !== `/#X-TC-Action=${action}`) problems.push(`path ${op.path} does not name x-tc-action ${action}`);
          if (stringAt(op.op, 'operationId') !== action) problems.push(`operationId differs from x-tc-action ${action}`);
          const header = headerConst(op, 'X-TC-Action');
          if (header !== action) problems.push(`X-TC-Action header const is ${String(header)}, not ${action}`);
        }
        const version = headerConst(op, 'X-TC-Version');
        if (version !== product.version) problems.push(`X-TC-Version header const is ${String(version)}, not info.version ${product.version}`);
        return problems.map((message): Finding => ({ rule: 'action-matches-header', file: op.file, pointer: op.pointer, message: `${op.key} ${message}` }));
      }),
    ),
};

function headerConst(op: OperationModel, name: string): unknown {
  const parameters = Array.isArray(op.op['parameters']) ? (op.op['parameters'] as unknown[]) : [];
  const header = parameters.find(
    (p): p is JsonObject => stringAt(p, 'in') === 'header' && stringAt(p, 'name')?.toLowerCase() === name.toLowerCase(),
  );
  return header === undefined ? undefined : objectAt(header, 'schema')['const'];
}
