import { CLIENT_STATUSES } from '../clients/client.schemas.js';
import type { AttributeDefinition, AttributeEntity, CustomType } from './attribute.schemas.js';

/** How a UI shows a value of each custom type (also documented on AttributeDefinition.viewType). */
export const VIEW_TYPES: Record<CustomType, string> = {
  text: 'textField',
  number: 'numberField',
  checkbox: 'checkbox',
  select: 'dropdown',
  multiSelect: 'multiDropdown',
  date: 'datePicker',
  currency: 'currencyField',
  url: 'link',
};

function builtIn(key: string, label: string, type: string, viewType: string, options?: string[]): AttributeDefinition {
  return { id: key, key, label, type, viewType, ...(options ? { options } : {}), builtIn: true };
}

/**
 * The fields every record has, listed before custom definitions. Their id is their key: stable across
 * tenants and never a UUID, so no custom value can ever be written against one.
 */
export const BUILT_IN_DEFINITIONS: Record<AttributeEntity, readonly AttributeDefinition[]> = {
  clientContact: [
    builtIn('contactName', 'Name', 'text', 'textField'),
    builtIn('role', 'Role', 'text', 'textField'),
    builtIn('department', 'Department', 'text', 'textField'),
    builtIn('emails', 'Emails', 'email', 'emailList'),
    builtIn('phoneNumbers', 'Phone numbers', 'phone', 'phoneList'),
    builtIn('stage', 'Stage', 'stage', 'stagePicker'),
    builtIn('mainContact', 'Main contact', 'user', 'userPicker'),
    builtIn('startDate', 'Start date', 'date', 'datePicker'),
    builtIn('endDate', 'End date', 'date', 'datePicker'),
  ],
  client: [
    builtIn('clientName', 'Company name', 'text', 'textField'),
    builtIn('domain', 'Domain', 'text', 'textField'),
    builtIn('status', 'Status', 'select', 'dropdown', [...CLIENT_STATUSES]),
    builtIn('stage', 'Stage', 'stage', 'stagePicker'),
    builtIn('locations', 'Locations', 'location', 'locationList'),
    builtIn('industry', 'Industry', 'text', 'textField'),
    builtIn('size', 'Size', 'text', 'textField'),
  ],
};
