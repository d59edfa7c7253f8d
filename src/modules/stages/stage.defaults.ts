export const PIPELINES = ['client-contacts', 'clients'] as const;
export type Pipeline = (typeof PIPELINES)[number];

/** The stages a new tenant starts with, in order, for each pipeline. */
export const DEFAULT_STAGES: Record<Pipeline, { name: string; colorHex: string }[]> = {
  'client-contacts': [
    { name: 'New', colorHex: '#94A3B8' },
    { name: 'Contacted', colorHex: '#3B82F6' },
    { name: 'Engaged', colorHex: '#8B5CF6' },
    { name: 'Champion', colorHex: '#10B981' },
    { name: 'Not interested', colorHex: '#EF4444' },
  ],
  clients: [
    { name: 'Lead', colorHex: '#94A3B8' },
    { name: 'Prospect', colorHex: '#3B82F6' },
    { name: 'Negotiation', colorHex: '#F59E0B' },
    { name: 'Client', colorHex: '#10B981' },
    { name: 'Lost', colorHex: '#EF4444' },
  ],
};
