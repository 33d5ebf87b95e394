import { describe, expect, it } from 'vitest';
import { type ClaimOwnership, claimOwnershipNote, mayChangeClaim } from './permissions.ts';

const A = { id: 1, role: 'reviewer' as const };
const B = { id: 2, role: 'reviewer' as const };
const unassigned: ClaimOwnership = { createdBy: A.id, assigneeId: null, articleAssigneeIds: [], verdictSetBy: null };

describe('mayChangeClaim (ASVS 8.2.2 (A3.2))', () => {
  it('lets a reviewer change a claim they marked, even one assigned to someone else', () => {
    expect(mayChangeClaim(A, { ...unassigned, assigneeId: 3, verdictSetBy: 3 })).toBe(true);
  });
  it('lets a reviewer change a claim assigned to them or of an article assigned to them', () => {
    expect(mayChangeClaim(B, { ...unassigned, assigneeId: B.id, verdictSetBy: A.id })).toBe(true);
    expect(mayChangeClaim(B, { ...unassigned, articleAssigneeIds: [3, B.id], verdictSetBy: A.id })).toBe(true);
  });
  it('refuses a reviewer a claim assigned to another, or of an article assigned to others', () => {
    expect(mayChangeClaim(B, { ...unassigned, assigneeId: 3 })).toBe(false);
    expect(mayChangeClaim(B, { ...unassigned, articleAssigneeIds: [3] })).toBe(false);
  });
  it('keeps unassigned work open to the desk, but not another reviewer’s verdict', () => {
    expect(mayChangeClaim(B, unassigned)).toBe(true);
    expect(mayChangeClaim(B, { ...unassigned, verdictSetBy: B.id })).toBe(true);
    expect(mayChangeClaim(B, { ...unassigned, verdictSetBy: A.id })).toBe(false);
  });
  it('lets editors and admins change any claim', () => {
    const owned = { ...unassigned, assigneeId: 3, articleAssigneeIds: [3], verdictSetBy: 3 };
    expect(mayChangeClaim({ id: 9, role: 'editor' }, owned)).toBe(true);
    expect(mayChangeClaim({ id: 9, role: 'admin' }, owned)).toBe(true);
  });
});

describe('claimOwnershipNote', () => {
  it('names whose claim it is and how to get access', () => {
    expect(claimOwnershipNote({ createdBy: 'Amal', assignee: null, articleAssignees: ['Basma', 'Chadi', 'Dina'], verdictSetBy: null })).toBe(
      'This article is assigned to Basma, Chadi and Dina (marked by Amal). Ask an editor to assign you to the claim or its article to change it.',
    );
    expect(claimOwnershipNote({ createdBy: 'Amal', assignee: null, articleAssignees: [], verdictSetBy: 'Amal' })).toBe(
      "Amal set this claim's verdict. Ask an editor to assign you to the claim or its article to change it.",
    );
  });
});
