import { test, expect } from '../helpers/fixtures';
import { pasteAndOpen } from '../helpers/reader';
import { appReady } from '../helpers/app-ready';

// An article written for this test (invented ferry company, harbour and people).
const FERRY = `Ostrand ferry timetable cut after storm
The ferry company Halvik Lines cut its winter timetable in Ostrand on Tuesday.
“We cannot sail with one boat,” said Mara Lindqvist, the company’s operations director.
Harbour master Jens Aalto said the quay in Ostrand would be repaired by March.
“The crossing is our only road,” said Piet Olden, secretary of the Ostrand Ferry Users Group.`;

test('dismiss a suggestion from the keyboard, keep it dismissed across a reload, show it again and restore it', async ({ app }) => {
  await pasteAndOpen(app, FERRY);
  const panel = app.getByRole('region', { name: 'Suggestions' });
  const aalto = panel.getByRole('listitem', { name: 'Suggested actor Jens Aalto' });
  await expect(aalto).toBeVisible();
  // Five people and organisations and two speakers; the place waits to be accepted on its own.
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveText('Accept all (7)');
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveAccessibleDescription('People and organisations; places one by one.');

  await aalto.getByRole('button', { name: 'Dismiss Jens Aalto' }).focus();
  await app.keyboard.press('Enter');
  await expect(aalto).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveText('Accept all (6)');
  // The keyboard moves on to the next suggestion.
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Piet Olden' }).getByRole('button', { name: 'Accept' })).toBeFocused();

  const sail = panel.getByRole('listitem', { name: /Suggested speaker for “We cannot sail/ });
  await sail.getByRole('button', { name: 'Dismiss Mara Lindqvist as the speaker' }).focus();
  await app.keyboard.press('Enter');
  await expect(sail).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveText('Accept all (5)');

  await app.reload();
  await appReady(app);
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Piet Olden' })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Jens Aalto' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveText('Accept all (5)');

  await panel.getByRole('button', { name: 'Show 2 dismissed' }).focus();
  await app.keyboard.press('Enter');
  const dismissed = panel.getByRole('list', { name: 'Dismissed suggestions' });
  await expect(dismissed.getByRole('listitem')).toHaveCount(2);
  await dismissed.getByRole('listitem', { name: 'Suggested actor Jens Aalto' }).getByRole('button', { name: 'Restore' }).focus();
  await app.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Suggested actors' }).getByRole('listitem', { name: 'Suggested actor Jens Aalto' })).toBeVisible();
  await expect(dismissed.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveText('Accept all (6)');
  await expect(panel.getByRole('button', { name: 'Hide 1 dismissed' })).toBeVisible();

  // Accept all leaves the dismissed speaker and the place alone.
  await panel.getByRole('button', { name: /^Accept all/ }).click();
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toHaveCount(0);
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Jens Aalto' })).toContainText('Linked');
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Ostrand' }).getByRole('button', { name: 'Accept' })).toBeVisible();
  await expect(dismissed.getByRole('listitem', { name: /Suggested speaker for “We cannot sail/ })).toBeVisible();
});
