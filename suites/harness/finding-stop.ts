// Stops a model-based command sequence once its step has recorded findings (fast-check then shrinks it).

/** Thrown after findings are recorded on the CaseRun; carries no information of its own. */
export class FindingStop extends Error {
  override readonly name = 'FindingStop';
}
