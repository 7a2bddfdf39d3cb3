// Makes a large photo smaller in the browser before the complaint form sends it: a 3 MB
// photo takes minutes over a 2G upload, a 200 KB one seconds. Re-encoding through a canvas
// also drops the photo's EXIF data (GPS position included). Optional: without this script,
// in a browser that lacks what it needs, or when anything here fails, the file is sent as
// chosen. Its texts come from the form's data- attributes (the translation catalogues).
(() => {
  'use strict';
  const input = document.getElementById('attachment');
  const form = input && input.form;
  if (!form || !form.dataset.shrunk || !window.DataTransfer || !window.FileReader ||
      !window.File || !HTMLCanvasElement.prototype.toBlob) {
    return;
  }
  const PHOTOS = ['image/jpeg', 'image/png', 'image/webp'];
  const SMALL_ENOUGH = 250 * 1024;
  // Longest side in pixels, then JPEG quality, tried in this order until the photo is small
  // enough; 1024 pixels keep a document or a face readable.
  const SIDES = [1600, 1280, 1024];
  const QUALITIES = [0.7, 0.6, 0.5, 0.4];

  const texts = form.dataset;
  const status = document.createElement('span');
  status.className = 'hint';
  status.id = 'attachment-shrunk';
  status.setAttribute('role', 'status');
  input.insertAdjacentElement('afterend', status);

  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, k) => (k in values ? values[k] : all));
  const size = (bytes) => {
    if (bytes < 1000 * 1024) {
      return fill(texts.kb, { n: Math.max(1, Math.round(bytes / 1024)) });
    }
    const tenths = Math.round(bytes / (1024 * 1024 / 10));
    return fill(texts.mb, { whole: Math.floor(tenths / 10), tenth: tenths % 10 });
  };

  // Through a data: URL, which the page's Content-Security-Policy allows for images.
  const load = (file) => new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = reject;
    reader.onload = () => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = reject;
      img.src = reader.result;
    };
    reader.readAsDataURL(file);
  });

  const encode = (canvas, quality) => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

  // The smallest JPEG that fits, else the smallest tried; null when none beats the original.
  const shrink = async (file) => {
    const img = await load(file);
    const longest = Math.max(img.naturalWidth, img.naturalHeight);
    if (!longest) {
      return null;
    }
    let best = null;
    for (const side of SIDES) {
      const scale = Math.min(1, side / longest);
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * scale);
      canvas.height = Math.round(img.naturalHeight * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        return null;
      }
      // A transparent PNG becomes a JPEG on white, not on black.
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      for (const quality of QUALITIES) {
        const blob = await encode(canvas, quality);
        if (!blob) {
          return null;
        }
        if (!best || blob.size < best.size) {
          best = blob;
        }
        if (blob.size <= SMALL_ENOUGH) {
          return best.size < file.size ? best : null;
        }
      }
    }
    return best && best.size < file.size ? best : null;
  };

  let pending = null;
  let generation = 0;
  let waiting = false;

  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    const mine = ++generation;
    status.textContent = '';
    pending = null;
    if (!file || PHOTOS.indexOf(file.type) < 0 || file.size <= SMALL_ENOUGH) {
      return;
    }
    pending = shrink(file)
      .then((blob) => {
        if (mine !== generation || !blob) {
          return;
        }
        const name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
        const smaller = new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
        const transfer = new DataTransfer();
        transfer.items.add(smaller);
        input.files = transfer.files;
        if (input.files.length === 1 && input.files[0].size === smaller.size) {
          status.textContent = fill(texts.shrunk, { before: size(file.size), after: size(smaller.size) });
        }
      })
      .catch(() => {})
      .then(() => {
        if (mine === generation) {
          pending = null;
        }
      });
  });

  // Sent before the photo is ready, the form waits for it.
  form.addEventListener('submit', (event) => {
    if (pending) {
      event.preventDefault();
      if (!waiting) {
        waiting = true;
        pending.then(() => form.submit());
      }
    }
  });
})();
