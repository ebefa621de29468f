/**
 * What 人工核验 accepts, stated before choosing files. The server enforces its own limit per
 * upload (`Upload.maxBytes`) and its own types; these match them so a file is refused here first.
 */
export const UPLOAD_RULES = {
  contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
} as const;

export const isAcceptedType = (type: string): boolean => UPLOAD_RULES.contentTypes.some((accepted) => accepted === type);
