// The pictograms the easy-read mode shows (UiPictogram.vue), by what they stand for.
export type PictogramName =
  | 'email'
  | 'sms'
  | 'mobile'
  | 'password'
  | 'code'
  | 'date'
  | 'identity'
  | 'money'
  | 'home'
  | 'people'
  | 'child'
  | 'care'
  | 'bank'
  | 'document'
  | 'print'
  | 'create'
  | 'login';
