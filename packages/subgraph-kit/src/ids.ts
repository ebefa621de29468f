const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be one of our ids at all; anything else is simply not found (not a 500). */
export const isUuid = (id: string): boolean => UUID.test(id);
