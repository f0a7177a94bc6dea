export async function runUiStage() {
  throw new Error('not yet');
}
