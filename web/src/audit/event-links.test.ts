import { describe, expect, it } from 'vitest';
import { eventLinks, taskHref } from './event-links';

const everything = { viewRecordings: true, administer: true };
const event = {
  actor: 'dana',
  recordingId: 'r-1',
  recording: { id: 'r-1', userName: 'alice', serverName: 'fin-app-01' },
  taskId: 't-1',
  withheld: false,
};

describe('eventLinks', () => {
  it('links the recording, its events and the actor for a reader who may open them', () => {
    expect(eventLinks(event, everything)).toEqual([
      { kind: 'recording', label: 'Open the recording of alice on fin-app-01', href: '/recordings/r-1' },
      { kind: 'recording', label: 'Every audit event of this recording', href: '/audit?recordingId=r-1' },
      { kind: 'user', label: 'Every audit event by dana', href: '/audit?actor=dana' },
      { kind: 'user', label: 'Manage dana on the Users page', href: '/admin/users' },
    ]);
  });

  it('leaves out pages the reader may not open', () => {
    const hrefs = eventLinks(event, { viewRecordings: false, administer: false }).map((l) => l.href);
    expect(hrefs).toEqual(['/audit?recordingId=r-1', '/audit?actor=dana']);
  });

  it('links nothing of a withheld or deleted recording but the actor, and nothing for the system', () => {
    const withheld = { actor: null, recordingId: null, recording: null, taskId: null, withheld: true };
    expect(eventLinks(withheld, everything)).toEqual([]);
    const gone = { ...event, actor: null, recording: null };
    expect(eventLinks(gone, everything).map((l) => l.href)).toEqual(['/audit?recordingId=r-1']);
  });

  it('encodes ids in links', () => {
    expect(taskHref('a b')).toContain('a%20b');
  });
});
